/**
 * A strict-enough XML well-formedness check for our own feed and site map (Node has no XML
 * parser): tags balance, attribute values are quoted and hold no `<`, every `&` starts a
 * predefined or numeric entity, and no markup hides in text. Returns the first problem, or undefined.
 */
const NAME = "[A-Za-z_][\\w.:-]*";
const TAG = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, "y");
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/y;

export function xmlProblem(xml: string): string | undefined {
  let i = 0;
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(xml);
  if (declaration) i = declaration[0].length;
  const stack: string[] = [];
  let roots = 0;
  while (i < xml.length) {
    const ch = xml[i]!;
    if (ch === "<") {
      TAG.lastIndex = i;
      const tag = TAG.exec(xml);
      if (!tag) return `malformed markup at ${i}: ${xml.slice(i, i + 60)}`;
      const [, closing, name, attributes, selfClosing] = tag;
      if (attributes && !entitiesValid(attributes)) return `bad entity in attributes of <${name}>`;
      if (closing) {
        if (stack.pop() !== name) return `</${name}> closes nothing open at ${i}`;
      } else if (!selfClosing) {
        if (stack.length === 0) roots++;
        stack.push(name!);
      } else if (stack.length === 0) roots++;
      i += tag[0].length;
    } else if (ch === "&") {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(xml);
      if (!entity) return `bare & at ${i}: ${xml.slice(i, i + 30)}`;
      i += entity[0].length;
    } else {
      if (stack.length === 0 && !/\s/.test(ch)) return `text outside the root at ${i}`;
      i++;
    }
  }
  if (stack.length > 0) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? undefined : `${roots} root elements`;
}

function entitiesValid(text: string): boolean {
  for (let i = text.indexOf("&"); i >= 0; i = text.indexOf("&", i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) return false;
  }
  return true;
}
