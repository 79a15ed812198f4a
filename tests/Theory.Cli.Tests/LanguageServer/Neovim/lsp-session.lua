-- Drives Neovim's built-in LSP client against `theory lsp`: opens a theory with an error, waits
-- for its diagnostics, renames a construct across two files through the server, writes every
-- buffer, and records what it saw in a JSON file for the test to check. Run headless:
--   THEORY_DLL=... THEORY_ROOT=... THEORY_RESULT=... nvim --headless -u NONE -i NONE -c "luafile lsp-session.lua"
local root = os.getenv("THEORY_ROOT")
local result_path = os.getenv("THEORY_RESULT")
local result = { diagnostics = {}, renamed = false, errors = {} }

local function finish()
  local file = io.open(result_path, "w")
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd("qa!")
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = "theory",
    cmd = { "dotnet", os.getenv("THEORY_DLL"), "lsp", "--stdio" },
    root_dir = root,
    cmd_env = { XDG_CACHE_HOME = root .. "/.cache" },
  })
  assert(client_id, "the client did not start")

  vim.cmd("edit " .. vim.fn.fnameescape(root .. "/main.theory"))
  local buffer = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buffer, client_id)

  -- Diagnostics arrive as the server publishes them.
  local arrived = vim.wait(30000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)
  assert(arrived, "no diagnostics arrived")
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(result.diagnostics, { code = diagnostic.code, message = diagnostic.message, line = diagnostic.lnum })
  end

  -- Rename `trust` (declared in constructs.theory, used here) to `mutual_trust` with the cursor on the use.
  local line = vim.fn.search("high trust") - 1
  local character = vim.fn.getline(line + 1):find("trust", 1, true) - 1
  local client = vim.lsp.get_client_by_id(client_id)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = { line = line, character = character }, newName = "mutual_trust" }
  local answer = client.request_sync("textDocument/rename", params, 30000, buffer)
  assert(answer and answer.result, "the rename request failed: " .. vim.inspect(answer))
  vim.lsp.util.apply_workspace_edit(answer.result, "utf-16")
  vim.cmd("wall")
  result.renamed = true

  vim.lsp.stop_client(client_id)
end)

if not ok then
  table.insert(result.errors, tostring(err))
end
finish()
