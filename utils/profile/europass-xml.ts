import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element as fast-xml-parser gives it: text, or an object of children and "@"-attributes. */
export type XmlNode = string | { [key: string]: XmlNode | XmlNode[] };

export interface XmlDocument {
  /** Local name of the root element ("SkillsPassport", "Candidate"). */
  rootName: string;
  /** Namespace URI of the root element, "" when it has none. */
  namespace: string;
  root: XmlNode;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Drops namespace prefixes from element names (and xmlns attributes), so look-ups use local names. */
function withLocalNames(node: XmlNode): XmlNode {
  if (typeof node !== 'object') return node;
  const out: { [key: string]: XmlNode | XmlNode[] } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '@xmlns' || key.startsWith('@xmlns:')) continue;
    const name = key.startsWith('@') ? `@${localName(key.slice(1))}` : localName(key);
    const converted = Array.isArray(value) ? value.map(withLocalNames) : withLocalNames(value);
    const existing = out[name];
    if (existing === undefined) out[name] = converted;
    else
      out[name] = [
        ...(Array.isArray(existing) ? existing : [existing]),
        ...(Array.isArray(converted) ? converted : [converted]),
      ];
  }
  return out;
}

/** Parses XML text; the error says where the file stops being XML. */
export function parseXml(text: string): { ok: true; doc: XmlDocument } | { ok: false; error: string } {
  if (/<!ENTITY/i.test(text)) {
    return {
      ok: false,
      error: 'The file declares XML entities, which a Europass CV never does; it was not read.',
    };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    if (!text.trimStart().startsWith('<')) return { ok: false, error: 'The file is not XML.' };
    return {
      ok: false,
      error: `The file is not well-formed XML (line ${line}, column ${col}: ${msg.replace(/\.$/, '')}).`,
    };
  }
  const parsed = parser.parse(text) as Record<string, XmlNode | XmlNode[]>;
  const rootKey = Object.keys(parsed).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  if (rootKey === undefined) return { ok: false, error: 'The file is not XML.' };
  const raw = parsed[rootKey]!;
  const rootNode = Array.isArray(raw) ? raw[0]! : raw;
  const prefix = rootKey.includes(':') ? rootKey.slice(0, rootKey.indexOf(':')) : '';
  const nsAttribute = prefix ? `@xmlns:${prefix}` : '@xmlns';
  const ns = typeof rootNode === 'object' ? rootNode[nsAttribute] : undefined;
  return {
    ok: true,
    doc: {
      rootName: localName(rootKey),
      namespace: typeof ns === 'string' ? ns : '',
      root: withLocalNames(rootNode),
    },
  };
}

/** The children of `node` named `name`, always as a list. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (node === undefined || typeof node !== 'object') return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first child named `name` (following a path of names), or undefined. */
export function child(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  let current = node;
  for (const name of names) {
    current = children(current, name)[0];
    if (current === undefined) return undefined;
  }
  return current;
}

/** The trimmed text of an element ("" for an empty one), or undefined when it is absent. */
export function text(node: XmlNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (typeof node === 'string') return node.trim();
  const inner = node['#text'];
  if (typeof inner === 'string') return inner.trim();
  if (Array.isArray(inner))
    return inner
      .filter((t) => typeof t === 'string')
      .join(' ')
      .trim();
  return '';
}

/** Text of the child at the path, undefined when absent or empty. */
export function childText(node: XmlNode | undefined, ...names: string[]): string | undefined {
  const value = text(child(node, ...names));
  return value === '' ? undefined : value;
}

export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  if (node === undefined || typeof node !== 'object') return undefined;
  const value = node[`@${name}`];
  return typeof value === 'string' ? value.trim() : undefined;
}

/**
 * Europass rich-text fields (Activities, Description) carry HTML as escaped text. This reduces
 * it to plain text for matching and display as text; it is never rendered as markup.
 */
export function plainText(markup: string): string {
  return markup
    .replace(/<\/(p|li|div|h\d)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
