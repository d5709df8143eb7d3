-- Headless Neovim (0.7+) as an LSP client of `gov-report lsp --stdio`: opens one report, waits for
-- diagnostics, asks for a hover, prints one JSON line and exits; `cquit 1` on failure.
--   GOV_REPORT_FILE=<report> GOV_REPORT_CMD='["node","bin/gov-report.js","lsp","--stdio"]' \
--   GOV_REPORT_HOVER_LABEL=<row label> nvim --headless -u NONE -i NONE -n -c "luafile scripts/e2e/neovim-lsp.lua"
local function finish(result, ok)
  io.stdout:write(vim.fn.json_encode(result) .. '\n')
  io.stdout:flush()
  if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
end

local file = os.getenv('GOV_REPORT_FILE')
local cmd = vim.fn.json_decode(os.getenv('GOV_REPORT_CMD') or 'null')
local timeout = tonumber(os.getenv('GOV_REPORT_TIMEOUT_MS') or '15000')
if not file or type(cmd) ~= 'table' then
  finish({ error = 'set GOV_REPORT_FILE and GOV_REPORT_CMD' }, false)
  return
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'gov-report' -- sent as the document's languageId

local exited = nil
local client_id = vim.lsp.start_client({
  name = 'gov-report',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  on_exit = function(code, signal) exited = { code = code, signal = signal } end,
})
if not client_id then
  finish({ error = 'start_client failed' }, false)
  return
end
vim.lsp.buf_attach_client(buf, client_id)

local got = vim.wait(timeout, function()
  return exited ~= nil or #vim.diagnostic.get(buf) > 0
end, 20)

local result = { diagnostics = {}, server_exit = exited }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(result.diagnostics, {
    code = d.code or lsp.code,
    source = d.source,
    severity = d.severity,
    line = d.lnum,
    col = d.col,
    message = d.message,
  })
end
if not got or exited ~= nil then
  result.error = exited and 'server exited' or ('no diagnostics within ' .. timeout .. ' ms')
  finish(result, false)
  return
end

-- Hover on the last number of the first line holding the label (a row total), in UTF-16 columns.
local label = os.getenv('GOV_REPORT_HOVER_LABEL')
if label and label ~= '' then
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for i, text in ipairs(lines) do
    local at = text:find(label, 1, true)
    if at then
      local col = nil
      local s = at + #label
      while true do
        local b, e = text:find('%d+', s)
        if not b then break end
        col, s = b, e + 1
      end
      if col then
        local _, utf16 = vim.str_utfindex(text, col - 1)
        result.hover_at = { line = i - 1, character = utf16 }
        local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
          textDocument = { uri = vim.uri_from_bufnr(buf) },
          position = result.hover_at,
        }, timeout)
        for _, r in pairs(responses or {}) do
          local contents = r.result and r.result.contents
          if type(contents) == 'table' then result.hover = contents.value or vim.fn.json_encode(contents) end
        end
      end
      break
    end
  end
end

vim.lsp.stop_client(client_id)
finish(result, true)
