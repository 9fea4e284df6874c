/**
 * The little XML REFI-QDA needs, both ways: writing elements with escaped attributes and
 * text, and reading a project or codebook back into a tree. The reader knows elements,
 * attributes, text, CDATA, comments, processing instructions and the predefined and
 * numeric entities; namespace prefixes are dropped (REFI-QDA has one namespace). A
 * document it cannot read is refused with an XmlError, never half-read.
 */
import { xmlSafe } from '../export/xml-text';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Attribute values keep their line breaks and tabs only when written as references.
const ATTRIBUTE_EXTRA: Record<string, string> = { '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

export const escapeText = (text: string): string => xmlSafe(text).replace(/[&<>]/g, (c) => ENTITIES[c]!);
export const escapeAttribute = (text: string): string =>
  xmlSafe(text).replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c] ?? ATTRIBUTE_EXTRA[c]!);

export type Attributes = Record<string, string | number | boolean | undefined>;

/** One element as text; `children` are already written elements, or a text node. */
export function element(name: string, attributes: Attributes = {}, children: readonly string[] | string = []): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
  const body = typeof children === 'string' ? escapeText(children) : children.join('');
  return body === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${body}</${name}>`;
}

// ------------------------------------------------------------------- reading

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref] ?? whole;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The document's root element. */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const chunk = text.slice(at, open === -1 ? text.length : open);
    if (chunk !== '') {
      if (stack.length > 0) stack[stack.length - 1]!.text += decode(chunk);
      else if (chunk.trim() !== '') throw new XmlError('text outside the root element');
    }
    if (open === -1) break;
    const skip = (opener: string, closer: string): boolean => {
      if (!text.startsWith(opener, open)) return false;
      const end = text.indexOf(closer, open + opener.length);
      if (end === -1) throw new XmlError(`unclosed ${opener}`);
      if (opener === '<![CDATA[' && stack.length > 0)
        stack[stack.length - 1]!.text += text.slice(open + opener.length, end);
      at = end + closer.length;
      return true;
    };
    if (skip('<!--', '-->') || skip('<![CDATA[', ']]>') || skip('<?', '?>') || skip('<!', '>')) continue;
    const close = text.indexOf('>', open);
    if (close === -1) throw new XmlError('unclosed tag');
    const tag = text.slice(open + 1, close);
    at = close + 1;
    if (tag.startsWith('/')) {
      const done = stack.pop();
      if (!done || done.name !== localName(tag.slice(1).trim()))
        throw new XmlError(`unexpected </${tag.slice(1).trim()}>`);
      if (stack.length === 0) root = done;
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const inner = selfClosing ? tag.slice(0, -1) : tag;
    const name = inner.match(/^[^\s/>]+/)?.[0];
    if (!name) throw new XmlError('element without a name');
    const attributes: Record<string, string> = {};
    for (const match of inner.slice(name.length).matchAll(ATTRIBUTE))
      attributes[localName(match[1]!)] = decode(match[3] ?? match[4] ?? '');
    const node: XmlElement = { name: localName(name), attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(node);
    else if (root) throw new XmlError('more than one root element');
    if (selfClosing) {
      if (stack.length === 0) root = node;
    } else stack.push(node);
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (!root) throw new XmlError('no root element');
  return root;
}

export const childrenNamed = (node: XmlElement | undefined, name: string): XmlElement[] =>
  node ? node.children.filter((c) => c.name === name) : [];
export const childNamed = (node: XmlElement | undefined, name: string): XmlElement | undefined =>
  node?.children.find((c) => c.name === name);
