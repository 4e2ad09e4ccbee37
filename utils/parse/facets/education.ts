import type { Facet } from '../../schema/call';

export type EducationFacet = Extract<Facet, { kind: 'education' }>;

/** Wording that makes a line an education requirement ("high degree of initiative" is not one). */
const DEGREE =
  /university (?:studies|degree)|\buniversity (?:and|or)\/(?:and|or) master|qualifications framework|\bbachelor|\bmaster'?s\b|secondary education|first cycle|second cycle|\bdegree in\b|educational qualification|\bdiploma\b/i;

/**
 * Degree level (EQF), fields and alternative paths of an education requirement. EEAS wording:
 * "university studies of at least 3 years" / level 6 / first cycle / Bachelor = EQF 6; "at least
 * 4 years" / level 7 / second cycle / Master = EQF 7. Secondary education has no degree path.
 */
export function educationFacet(text: string): EducationFacet | null {
  if (!DEGREE.test(text)) return null;
  if (/^(?:experience|knowledge|ability|professional experience)\b/i.test(text)) return null;
  let minEqf: number | null = null;
  if (/university (?:and|or)\/(?:and|or) master|university degree and\/or master/i.test(text)) minEqf = 6;
  else if (/at least 4 years|level 7|second cycle|master/i.test(text)) minEqf = 7;
  else if (/at least 3 years|level 6|first cycle|bachelor|university/i.test(text)) minEqf = 6;
  // Alternative paths are joined by an upper-case OR: a secondary-education path needs no degree.
  if (
    text
      .split(/\s+OR\s+/)
      .some((path) => /^(?:successful completion of )?(?:a )?(?:full )?secondary education/i.test(path))
  )
    minEqf = null;
  const alternatives: EducationFacet['alternatives'] = [];
  if (trainingAfterSecondary(text)) {
    alternatives.push('secondary-plus-police-military-training');
  }
  if (/attested police|police (?:and|or)\/?(?:or|and)? ?military education|police education/i.test(text)) {
    alternatives.push('attested-police-military-education');
  }
  if (/civilian security organi[sz]ation/i.test(text))
    alternatives.push('civilian-security-organisation-training');
  const { fields, rule, list } = fieldsOf(text);
  return {
    kind: 'education',
    minEqf,
    fields,
    fieldRule: fields.length ? rule : 'none',
    relatedFieldsAccepted: /related|relevant/i.test(list),
    alternatives,
  };
}

/**
 * "secondary education … police/military training" in one clause (up to "." or ";"). Read from the
 * clause's first "secondary education": the single regex /secondary education[^.;]*(?:police|military)
 * training/ tries again from each later one, quadratic in a clause that repeats it.
 */
function trainingAfterSecondary(text: string): boolean {
  return text.split(/[.;]/).some((clause) => {
    const at = clause.search(/secondary education/i);
    return at >= 0 && /(?:police|military) training/i.test(clause.slice(at + 'secondary education'.length));
  });
}

function fieldsOf(text: string): { fields: string[]; rule: 'must' | 'should'; list: string } {
  // Alternative paths are joined by an upper-case OR; a field list never spans one.
  const parts = text.split(/\s+OR\s+/);
  const ruled =
    /(must|should) be in (?:at least one of the following fields of expertise:?|any of the fields of|the fields? (?:related to|of)|the field)?\s*([^;]+?)(?:;|$)/i;
  // "studies in Medicine of at least 5 years attested by a diploma": the field ends where the length begins.
  const plain =
    /(?:degree|qualification|studies) in (?:the field of )?([^;]+?)(?=\s+(?:of at least|attested by|at (?:the )?level)\b|;|$)/i;
  // "a degree in X" names the subject as part of the degree itself: as hard as "must be in".
  let rule: 'must' | 'should' = 'must';
  let list = '';
  for (const part of parts) {
    const m = ruled.exec(part);
    if (m) {
      rule = m[1]!.toLowerCase() as 'must' | 'should';
      list = m[2]!;
      break;
    }
  }
  if (!list) {
    for (const part of parts) {
      const m = plain.exec(part);
      if (m) {
        list = m[1]!;
        break;
      }
    }
  }
  const named = list
    // "and/or an international certification ..." or "and/or specialised training" is another path, not a field.
    .replace(/\s+and\/or\s+(?:an?\s|speciali[sz]ed\b).*$/i, '')
    // "security studies (security studies, ...)": the parenthesis lists the same field's variants.
    .replace(/\s*\(([^)]*)\)?/, (_, inner: string) => `, ${inner}`)
    .replace(/\.$/, '');
  const fields = named
    .split(/,\s*|\s+or\s+|\s+and\/or\s+|\s+with a specialization in\s+/i)
    .map((f) => f.replace(/^(?:and|or)\s+/i, '').trim())
    .filter((f) => f && !/related|relevant|other|equivalent/i.test(f));
  return { fields: [...new Set(fields)], rule, list };
}
