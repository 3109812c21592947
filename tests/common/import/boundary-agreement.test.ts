import { describe, expect, it } from 'vitest';
import { checkStatement } from '../../../common/content/statement-schema';
import { parseYamlFile } from '../../../common/content/yaml-file';
import { importStatement } from '../../../common/import/import-statement';
import type { Language } from '../../../common/deck/deck';
import { axeRuleTexts, matchedFixture, projectStatementTexts } from '../../support/bilingual-texts';
import { boundaryAgreement } from '../../support/boundary-agreement';
import { findFidelityMismatch } from '../../../common/content/fidelity';
import { LANGUAGES } from '../../../common/deck/deck';
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

  /**
   * Public texts with numbered sections, web addresses and a free translation
   * (tests/common/import/fixtures/README.md), next to a person's matching of their units.
   * As published, and with the Korean pasted as one paragraph (its blank lines lost, as a
   * copy out of a PDF loses them), where only the sections' numbers and the lengths are
   * left to match by.
   */
  describe.each([
    ['covenant', { units: 0.9, sections: 1, oneParagraph: 0.8 }],
    ['cc-by-4', { units: 1, sections: 1, oneParagraph: 1 }],
  ] as const)('of %s', (name, floors) => {
    const fixture = matchedFixture(name);

    it.each(LANGUAGES)('are measured against a reference that spells out the %s text exactly', (lang) => {
      expect(findFidelityMismatch(fixture.texts[lang], fixture.units.map((unit) => unit[lang]))).toBeUndefined();
    });

    it('fall between the units a person matched, and at every start of a section', () => {
      const produced = importedSegments(fixture.texts);
      const units = boundaryAgreement(fixture.units, produced);
      const sections = boundaryAgreement(fixture.sections, produced);
      report(`${name}, units`, units);
      report(`${name}, sections`, sections);
      expect(units.shared / units.produced).toBeGreaterThanOrEqual(floors.units);
      expect(sections.shared / sections.reference).toBeGreaterThanOrEqual(floors.sections);
    });

    it('find the starts of its sections with the Korean as one paragraph', () => {
      const ko = `${fixture.texts.ko.trim().replace(/\n\s*\n/gu, '\n')}\n\n`;
      const sections = boundaryAgreement(fixture.sections, importedSegments({ en: fixture.texts.en, ko }));
      report(`${name}, sections, the Korean as one paragraph`, sections);
      expect(sections.shared / sections.reference).toBeGreaterThanOrEqual(floors.oneParagraph);
    });
  });
});
