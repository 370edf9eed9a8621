import { ElementType, parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];

export interface DescriptionSection {
  heading: string | null;
  body: string;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol']);
const BLOCKS = new Set([...HEADINGS, ...LISTS, 'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'blockquote', 'table']);

/**
 * A JobPosting's HTML description as description sections: a heading (h1–h6) starts a
 * section; each paragraph, list or run of text is a block of its body, blocks separated by
 * a blank line, lines by <br>, list items as "- " lines. A <div> with no heading in it is one
 * block (the offer emitter wraps a block that mixes lines and bullets in one); one with
 * headings is read through. Whitespace collapses as a browser collapses it.
 * The inverse of descriptionHtml in services/offers/src/offers/offer-json-ld.ts.
 */
export function sectionsOfHtml(html: string): DescriptionSection[] {
  const sections: { heading: string | null; blocks: string[] }[] = [{ heading: null, blocks: [] }];
  const current = () => sections[sections.length - 1]!;
  let inline = '';
  const flushInline = () => {
    const block = linesOf(inline);
    if (block) current().blocks.push(block);
    inline = '';
  };
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type === ElementType.Tag && HEADINGS.has(node.name)) {
        flushInline();
        sections.push({ heading: linesOf(inlineText(node.children)).replace(/\n/g, ' '), blocks: [] });
      } else if (node.type === ElementType.Tag && BLOCKS.has(node.name)) {
        flushInline();
        if (containsHeading(node.children)) walk(node.children);
        else {
          const block = blockText(node);
          if (block) current().blocks.push(block);
        }
      } else inline += inlineText([node]);
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  flushInline();
  return sections
    .filter((section, index) => index > 0 || section.blocks.length)
    .map((section) => ({ heading: section.heading || null, body: section.blocks.join('\n\n') }));
}

/** A block element's text: a list's items as "- " lines; a container's blocks one after another, a line apart. */
function blockText(node: Node): string {
  if (node.type !== ElementType.Tag) return linesOf(inlineText([node]));
  if (LISTS.has(node.name)) {
    return node.children
      .filter((child) => child.type === ElementType.Tag && child.name === 'li')
      .map((item) => `- ${linesOf(inlineText([item])).replace(/\n/g, ' ')}`)
      .join('\n');
  }
  if (!node.children.some((child) => child.type === ElementType.Tag && BLOCKS.has(child.name))) return linesOf(inlineText(node.children));
  const lines: string[] = [];
  let inline = '';
  const flush = () => {
    const text = linesOf(inline);
    if (text) lines.push(text);
    inline = '';
  };
  for (const child of node.children) {
    if (child.type === ElementType.Tag && BLOCKS.has(child.name)) {
      flush();
      const text = blockText(child);
      if (text) lines.push(text);
    } else inline += inlineText([child]);
  }
  flush();
  return lines.join('\n');
}

function containsHeading(nodes: Node[]): boolean {
  return nodes.some((node) => node.type === ElementType.Tag && (HEADINGS.has(node.name) || containsHeading(node.children)));
}

/** Text as a browser lays it out inline: whitespace runs as one space, <br> as a new line, blocks inside as new lines. */
function inlineText(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.type === ElementType.Text) return node.data.replace(/\s+/g, ' ');
      if (node.type !== ElementType.Tag || node.name === 'script' || node.name === 'style') return '';
      if (node.name === 'br') return '\n';
      const text = inlineText(node.children);
      return BLOCKS.has(node.name) || node.name === 'li' ? `\n${text}\n` : text;
    })
    .join('');
}

/** Lines trimmed, blank ones dropped. */
function linesOf(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
