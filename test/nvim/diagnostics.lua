-- Neovim (0.7) as a second LSP client: starts the zonemail server on the current buffer, waits
-- for its diagnostics and writes them (code, start and end line/column, link) as JSON to $ZONEMAIL_OUT.
-- Any failure exits with a non-zero status (`cq`), since a Lua error under `luafile` exits 0.
local ok, err = pcall(function()
  local server = assert(os.getenv('ZONEMAIL_SERVER'), 'ZONEMAIL_SERVER not set')
  local out = assert(os.getenv('ZONEMAIL_OUT'), 'ZONEMAIL_OUT not set')
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'zonemail',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.getcwd(),
  })
  assert(id, 'the language server did not start')
  assert(vim.lsp.buf_attach_client(buf, id), 'could not attach the client')
  local got = vim.wait(10000, function()
    return #vim.diagnostic.get(buf) > 0
  end, 50)
  assert(got, 'no diagnostics within 10 s')
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {
      code = d.code or lsp.code,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      source = d.source,
      href = (lsp.codeDescription or {}).href,
    })
  end
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(list))
  file:close()
  vim.lsp.stop_client(id)
end)
if not ok then
  io.stderr:write('zonemail nvim test failed: ' .. tostring(err) .. '\n')
  vim.cmd('cq')
else
  vim.cmd('qa!')
end
