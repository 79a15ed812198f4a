// Rewrites the serialized ATN in generated C# files so that each set lists its intervals from the
// highest to the lowest. Why: the C# runtime's ATNDeserializer adds a set's intervals one by one,
// and IntervalSet.Add scans the set from its start (boxing each interval it compares), so the
// ascending order the tool writes is quadratic. The lexer's Unicode sets (XID_Start,
// XID_Continue: about 700 ranges each) made the lexer's start-up take over 100 ms in every
// process. In descending order each interval goes in at the front after one comparison. The sets
// are the same either way; only the serialized order changes.
// Usage: node reverse-sets.mjs FILE.cs...
import { readFileSync, writeFileSync } from "node:fs";

const LOOP_END = 12;
const BLOCK_STARTS = new Set([3, 4, 5]); // BLOCK_START, PLUS_BLOCK_START, STAR_BLOCK_START
const LEXER = 0;

function reverseSets(data) {
    let pos = 0;
    const version = data[pos++];
    if (version !== 4) throw new Error(`unexpected serialized ATN version ${version}`);
    const grammarType = data[pos++];
    pos++; // max token type
    const states = data[pos++];
    for (let i = 0; i < states; i++) {
        const type = data[pos++];
        if (type === 0) continue; // invalid state: no rule index
        pos++; // rule index
        if (type === LOOP_END || BLOCK_STARTS.has(type)) pos++;
    }
    pos += 1 + data[pos]; // non-greedy states
    pos += 1 + data[pos]; // precedence states
    const rules = data[pos++];
    pos += rules * (grammarType === LEXER ? 2 : 1);
    pos += 1 + data[pos]; // modes
    const sets = data[pos++];
    for (let i = 0; i < sets; i++) {
        const intervals = data[pos++];
        pos++; // contains EOF
        const pairs = [];
        for (let j = 0; j < intervals; j++) pairs.push([data[pos + 2 * j], data[pos + 2 * j + 1]]);
        pairs.sort((a, b) => b[0] - a[0]);
        pairs.forEach(([from, to], j) => { data[pos + 2 * j] = from; data[pos + 2 * j + 1] = to; });
        pos += 2 * intervals;
    }
    return data;
}

for (const file of process.argv.slice(2)) {
    const text = readFileSync(file, "utf8");
    const match = /(_serializedATN = \{)([^}]*)(\};)/.exec(text);
    if (!match) continue;
    const numbers = match[2].match(/-?\d+/g).map(Number);
    const reordered = reverseSets(numbers);
    let k = 0;
    const body = match[2].replace(/-?\d+/g, () => String(reordered[k++]));
    writeFileSync(file, text.slice(0, match.index) + match[1] + body + match[3] + text.slice(match.index + match[0].length));
}
