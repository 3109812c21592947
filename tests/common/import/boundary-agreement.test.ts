import { describe, expect, it } from 'vitest';
import { checkStatement } from '../../../common/content/statement-schema';
import { parseYamlFile } from '../../../common/content/yaml-file';
import { importStatement } from '../../../common/import/import-statement';
import type { Language } from '../../../common/deck/deck';
import { axeRuleTexts, projectStatementTexts } from '../../support/bilingual-texts';
import { boundaryAgreement } from '../../support/boundary-agreement';
import { readProjectFile } from '../../support/project-content';

/**
 * How often the importer cuts where a person cut: the figures of the closing
 * note, printed, with floors so that a change that makes the importer worse fails.
 */
function importedSegments(texts: Record<Language, string>) {
  const result = importStatement(texts);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.imported.deck.slides.map((slide) => slide.text);
}

function report(name: string, agreement: ReturnType<typeof boundaryAgreement>): void {
  console.info(
    `${name}: ${agreement.shared} of the importer's ${agreement.produced} boundaries coincide with the reference's; ` +
      `${agreement.shared} of the reference's ${agreement.reference} are found`,
  );
}

describe('the importer’s segment boundaries, next to a person’s', () => {
  it('mostly coincide with the hand-made ones of content/statement.yaml', () => {
    const parsed = parseYamlFile('statement.yaml', readProjectFile('content/statement.yaml'));
    if (!parsed.ok) throw new Error('statement.yaml does not parse');
    const handMade = checkStatement(parsed.file.value).segments.map((segment) => segment.text);
    const agreement = boundaryAgreement(handMade, importedSegments(projectStatementTexts()));
    report('content/statement.yaml', agreement);
    expect(agreement.reference).toBe(28);
    expect(agreement.shared).toBeGreaterThanOrEqual(25);
    expect(agreement.produced - agreement.shared).toBeLessThanOrEqual(2);
  });

  it('all fall between a translator’s segments of axe-core’s rule texts, when paragraphs anchor them', () => {
    const { texts, segments } = axeRuleTexts(true);
    const agreement = boundaryAgreement(segments, importedSegments(texts));
    report('axe-core rules, a paragraph per rule', agreement);
    expect(agreement.shared).toBe(agreement.produced);
  });

  it('still mostly fall between them with nothing but lengths to go by', () => {
    const { texts, segments } = axeRuleTexts(false);
    const agreement = boundaryAgreement(segments, importedSegments(texts));
    report('axe-core rules, one paragraph', agreement);
    expect(agreement.shared / agreement.produced).toBeGreaterThan(0.7);
  });
});
