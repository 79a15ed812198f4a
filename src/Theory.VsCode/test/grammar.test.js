// The TextMate grammar against the compiler's own lexer: for every token of every file listed in
// the expectations (written by the .NET test TextMateGrammarTests from the real lexer), the scope
// the grammar gives the token's first character must be of the token's kind. Run:
//   THEORY_GRAMMAR_EXPECTATIONS=expectations.json node --test test/
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const test = require("node:test");
const oniguruma = require("vscode-oniguruma");
const textmate = require("vscode-textmate");

const expectationsPath = process.env.THEORY_GRAMMAR_EXPECTATIONS;

// What each kind of token may be called; the first matching prefix wins.
const scopesOf = {
  keyword: ["storage.type.declaration", "keyword.control", "keyword.other.clause", "constant.language.qualifier", "storage.modifier", "support.type.evidence"],
  // A soft keyword used as a name is still coloured as the word it is (the language server's
  // semantic tokens then say what it means there).
  softKeyword: ["storage.type.declaration", "keyword.control", "keyword.other.clause", "constant.language.qualifier", "storage.modifier", "support.type.evidence", "variable.other.name", "entity.name.type"],
  name: ["variable.other.name", "entity.name.type"],
  numberedName: ["variable.other.name", "entity.name.type", "constant.numeric"],
  string: ["string.quoted.double"],
  comment: ["comment."],
  number: ["constant.numeric"],
  citation: ["variable.other.citation"],
  operator: ["keyword.operator"],
  punctuation: ["punctuation."],
};

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => {
      const file = path.join(__dirname, "..", "syntaxes", "theory.tmLanguage.json");
      return textmate.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  return registry.loadGrammar("source.theory");
}

test("the grammar gives every token of every file a scope of its kind", { skip: !expectationsPath }, async () => {
  const grammar = await loadGrammar();
  const files = JSON.parse(fs.readFileSync(expectationsPath, "utf8"));
  const failures = [];
  let checked = 0;
  for (const file of files) {
    const lines = file.text.split(/\r\n|\r|\n/);
    let state = textmate.INITIAL;
    const scopesByLine = [];
    for (const line of lines) {
      const result = grammar.tokenizeLine(line, state);
      scopesByLine.push(result.tokens);
      state = result.ruleStack;
    }
    for (const token of file.tokens) {
      const tokens = scopesByLine[token.line];
      const found = tokens.find((t) => t.startIndex <= token.character && token.character < t.endIndex);
      const scopes = found ? found.scopes : [];
      const allowed = scopesOf[token.category];
      checked++;
      if (!scopes.some((scope) => allowed.some((prefix) => scope.startsWith(prefix)))) {
        failures.push(`${file.path}:${token.line + 1}:${token.character + 1} ${token.category} \`${token.text}\` got ${scopes.join(" ")}`);
      }
    }
  }
  assert.ok(checked > 1000, `only ${checked} tokens checked`);
  assert.deepStrictEqual(failures.slice(0, 20), [], `${failures.length} tokens with the wrong scope`);
});
