// Shared vector checks, used unchanged by the Node runner (node.test.mjs) and the Chromium page (page.html):
// plain ESM with no Node or DOM specifics beyond TextEncoder/TextDecoder, so both hosts judge cases alike.
// The format is defined in tests/vectors/README.md.

/**
 * Flattens vector files into cases for `host`.
 * @param {Record<string, {cases: any[]}>} files file stem (e.g. "basic") -> parsed JSON, for group "redact"
 * @param {string} host "node" or "chromium"
 * @returns {{name: string, input: any, expected: any, skip: string | undefined}[]}
 */
export function casesFor(files, host) {
  const out = [];
  for (const stem of Object.keys(files).sort()) {
    for (const c of files[stem].cases) {
      const name = `redact/${stem}/${c.name}`;
      let skip;
      if (c.hosts_skip && Object.hasOwn(c.hosts_skip, host)) {
        skip = c.hosts_skip[host];
        if (typeof skip !== "string" || skip.trim() === "") {
          throw new Error(`${name}: hosts_skip.${host} needs a written reason`);
        }
      }
      out.push({ name, input: c.input, expected: c.expected, skip });
    }
  }
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Runs one case through `api.redact` and compares with its expectation.
 * @returns {string | null} null when the case passes, else what differed
 */
export function check(api, c) {
  const { text, policy } = c.input;
  let out;
  try {
    out = api.redact(text, policy);
  } catch (e) {
    const got = `${e && e.name} ${e && e.code}: ${e && e.message}`;
    if (c.expected.error === undefined) return `unexpected error ${got}`;
    if (!(e instanceof Error)) return `thrown value is not an Error: ${got}`;
    return e.code === c.expected.error ? null : `expected error ${c.expected.error}, got ${got}`;
  }
  if (c.expected.error !== undefined) {
    return `expected error ${c.expected.error}, got text ${JSON.stringify(out.text)}`;
  }
  if (out.text !== c.expected.text) {
    return `text: expected ${JSON.stringify(c.expected.text)}, got ${JSON.stringify(out.text)}`;
  }
  if (out.findings.length !== c.expected.findings.length) {
    return `findings: expected ${c.expected.findings.length}, got ${JSON.stringify(out.findings)}`;
  }
  for (const [i, want] of c.expected.findings.entries()) {
    for (const key of Object.keys(want)) {
      if (out.findings[i][key] !== want[key]) {
        return `findings[${i}].${key}: expected ${JSON.stringify(want[key])}, got ${JSON.stringify(out.findings[i][key])}`;
      }
    }
  }
  return offsetsAgree(text, out.findings);
}

/**
 * Byte offsets and UTF-16 offsets of every finding must name the same, non-empty value.
 * @returns {string | null}
 */
export function offsetsAgree(text, findings) {
  const bytes = encoder.encode(text);
  for (const [i, f] of findings.entries()) {
    const byUtf16 = text.slice(f.start_utf16, f.end_utf16);
    const byBytes = decoder.decode(bytes.subarray(f.start, f.end));
    if (byUtf16 === "" || byUtf16 !== byBytes) {
      return `findings[${i}]: UTF-16 span ${JSON.stringify(byUtf16)} != byte span ${JSON.stringify(byBytes)}`;
    }
  }
  return null;
}
