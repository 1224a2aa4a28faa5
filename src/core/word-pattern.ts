/**
 * A pattern that matches any of many literal words, written as a trie ("te(?:rminat|xt)") rather
 * than one long alternation: the regular-expression engine then tries one branch per letter
 * instead of every word at every position. Matching is the same as `words.join("|")`.
 */

interface Node {
  children: Map<string, Node>;
  end: boolean;
}

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function emit(node: Node): string {
  const branches = [...node.children].map(([ch, child]) => escape(ch) + emit(child));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  // A word that ends here may also go on ("close", "closed"): the rest is optional.
  return node.end ? `(?:${body})?` : body;
}

/** The trie pattern of lower-case literal words (use with the `i` flag for any case). */
export function wordsPattern(words: readonly string[]): string {
  const root: Node = { children: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  return emit(root);
}
