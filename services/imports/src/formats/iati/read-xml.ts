import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UnreadableDocument } from '../../plan';

/*
 * XML read safely: a document type declaration is refused before anything parses it, so no
 * entity can expand (the "billion laughs" bomb) and no external entity is ever fetched; only
 * XML's five predefined entities and character references remain. Every element comes as a
 * list (even when it occurs once), attributes as `@name`, text as `#text`, all as strings:
 * amounts stay exact.
 */

/** An element: its attributes (`@ref`), its text (`#text`) and its child elements by name. */
export interface XmlElement {
  [name: string]: XmlElement[] | string | undefined;
}

const DECLARATION = /<!(DOCTYPE|ENTITY)/i;
const MAX_DEPTH = 100;

export function readXml(content: string): XmlElement {
  const declaration = DECLARATION.exec(content);
  if (declaration) {
    throw new UnreadableDocument(
      `the document contains <!${declaration[1]!.toUpperCase()}: document type and entity declarations are refused (their entities can expand without bound or reach outside files)`,
      `line ${lineOf(content, declaration.index)}`,
    );
  }
  const validation = XMLValidator.validate(content);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new UnreadableDocument(`malformed XML at line ${line}, column ${col}: ${msg}`, `line ${line}, column ${col}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    alwaysCreateTextNode: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    htmlEntities: false,
    isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
    maxNestedTags: MAX_DEPTH,
  });
  try {
    return parser.parse(content) as XmlElement;
  } catch (error) {
    // what the validator lets through and the parser still refuses: elements nested deeper than
    // MAX_DEPTH (an IATI activity needs five levels)
    throw new UnreadableDocument(`the XML cannot be read: ${(error as Error).message} (at most ${MAX_DEPTH} levels)`);
  }
}

function lineOf(content: string, index: number): number {
  return content.slice(0, index).split('\n').length;
}

/** The child elements of that name, in document order. */
export function childrenOf(element: XmlElement, name: string): XmlElement[] {
  const children = element[name];
  return Array.isArray(children) ? children : [];
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childrenOf(element, name)[0];
}

/** An attribute's value, trimmed; undefined when absent or empty. */
export function attributeOf(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`@${name}`];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The element's text, trimmed; undefined when it has none. */
export function textOf(element: XmlElement | undefined): string | undefined {
  const value = element?.['#text'];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
