import type { DescriptionSection } from './offer.entity';

/** The description as one text: each section's heading, then its body, separated by blank lines. */
export function descriptionText(sections: DescriptionSection[]): string {
  return sections.map((section) => (section.heading ? `${section.heading}\n\n${section.body}` : section.body)).join('\n\n');
}
