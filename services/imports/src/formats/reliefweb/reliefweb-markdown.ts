export interface DescriptionSection {
  heading: string | null;
  body: string;
}

const HEADING = /^(?:#{1,6}\s+(.+?)\s*#*|\*\*([^*]+?)\*\*:?|__([^_]+?)__:?)\s*$/;

/**
 * A ReliefWeb body (Markdown) as description sections: an ATX heading ("### Duties") or a
 * line that is all bold ("**Profil requis**", as many agencies write their headings) starts
 * a section; bullets ("*", "+", "-", "1.") become "- " lines; emphasis marks are dropped and
 * links keep their text and address. Blank lines stay block breaks.
 */
export function sectionsOfMarkdown(markdown: string): DescriptionSection[] {
  const sections: { heading: string | null; lines: string[] }[] = [{ heading: null, lines: [] }];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    if (heading) {
      sections.push({ heading: plainText(heading[1] ?? heading[2] ?? heading[3] ?? ''), lines: [] });
      continue;
    }
    const bullet = /^(?:[*+-]|\d+[.)])\s+(.*)$/.exec(line);
    sections[sections.length - 1]!.lines.push(bullet ? `- ${plainText(bullet[1]!)}` : plainText(line));
  }
  return sections
    .map((section) => ({
      heading: section.heading,
      body: section.lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
    }))
    .filter((section, index) => index > 0 || section.body);
}

function plainText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => (label && label !== url ? `${label} (${url})` : url))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .trim();
}
