import { DOMAIN_LABELS, type DomainTag } from '@/utils/domain-tags';
import { formatMonths } from '@/utils/fit/dates';
import { experienceSummary } from '@/utils/fit/experience';
import {
  type Profile,
  WORK_TAGS,
  type WorkEntry,
  WorkEntry as WorkEntrySchema,
  type WorkTag,
} from '@/utils/profile/schema';
import { Checkbox, type IssueMap, Labelled, removeAt, replaceAt, Section } from './fields';

function tagLabel(tag: WorkTag): string {
  return tag === 'management' ? 'Coordination / management level' : DOMAIN_LABELS[tag as DomainTag];
}

interface Props {
  work: WorkEntry[];
  issues: IssueMap;
  now: Date;
  onChange: (patch: Partial<Profile>) => void;
}

export function WorkSection({ work, issues, now, onChange }: Props) {
  const update = (index: number, patch: Partial<WorkEntry>) =>
    onChange({ work: replaceAt(work, index, { ...work[index]!, ...patch }) });
  // Live totals from the entries that are valid so far; overlapping jobs are counted once.
  const valid = work.filter((entry) => WorkEntrySchema.safeParse(entry).success);
  const summary = experienceSummary(valid, now);
  const domains = Object.entries(summary.byDomain) as [DomainTag, number][];
  return (
    <Section title="Work history">
      <p class="hint">
        Tag each job with the domains it covered and whether it was at coordination/management level: posts
        ask for "N years, out of which M at management level" or "in justice and/or trial monitoring".
      </p>
      <div class="totals" aria-live="polite" data-part="experience-totals">
        <strong>Your experience so far:</strong> {formatMonths(summary.total)} in total,{' '}
        {formatMonths(summary.management)} at management level
        {domains.length > 0 && (
          <ul>
            {domains.map(([domain, months]) => (
              <li key={domain}>
                {DOMAIN_LABELS[domain]}: {formatMonths(months)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {work.map((entry, index) => {
        const path = `work[${index}]`;
        return (
          <fieldset key={index} class="entry">
            <legend>{entry.title || `Job ${index + 1}`}</legend>
            <div class="row">
              <Labelled label="From" issues={issues} path={`${path}.from`}>
                {(id) => (
                  <input
                    id={id}
                    type="date"
                    value={entry.from}
                    onInput={(e) => update(index, { from: e.currentTarget.value })}
                  />
                )}
              </Labelled>
              <Labelled label="To" hint="Empty while ongoing" issues={issues} path={`${path}.to`}>
                {(id, hint) => (
                  <input
                    id={id}
                    type="date"
                    aria-describedby={hint}
                    value={entry.to ?? ''}
                    onInput={(e) => update(index, { to: e.currentTarget.value || null })}
                  />
                )}
              </Labelled>
            </div>
            <Labelled label="Job title" issues={issues} path={`${path}.title`}>
              {(id) => (
                <input
                  id={id}
                  value={entry.title}
                  onInput={(e) => update(index, { title: e.currentTarget.value })}
                />
              )}
            </Labelled>
            <Labelled label="Organisation" issues={issues} path={`${path}.organisation`}>
              {(id) => (
                <input
                  id={id}
                  value={entry.organisation}
                  onInput={(e) => update(index, { organisation: e.currentTarget.value })}
                />
              )}
            </Labelled>
            <fieldset class="tags">
              <legend>What this job covered</legend>
              {WORK_TAGS.map((tag) => (
                <Checkbox
                  key={tag}
                  label={tagLabel(tag)}
                  checked={entry.tags.includes(tag)}
                  onChange={(checked) =>
                    update(index, {
                      tags: checked ? [...entry.tags, tag] : entry.tags.filter((t) => t !== tag),
                    })
                  }
                />
              ))}
            </fieldset>
            <button type="button" class="link" onClick={() => onChange({ work: removeAt(work, index) })}>
              Remove this job
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() =>
          onChange({ work: [...work, { from: '', to: null, title: '', organisation: '', tags: [] }] })
        }
      >
        Add a job
      </button>
    </Section>
  );
}
