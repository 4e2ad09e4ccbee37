import { LICENCE_CATEGORIES } from '@/utils/profile/licences';
import type { Profile } from '@/utils/profile/schema';
import { CERTIFICATIONS, type Certification, CLEARANCE_LEVELS } from '@/utils/schema/call';
import { Checkbox, type IssueMap, Labelled, Section } from './fields';

export const CERTIFICATION_LABELS: Record<Certification, string> = {
  CPA: 'Certified Public Accountant (CPA)',
  CA: 'Chartered Accountant (CA)',
  CIA: 'Certified Internal Auditor (CIA)',
  CISA: 'Certified Information Systems Auditor (CISA)',
  ITIL: 'ITIL (IT service management)',
  COBIT: 'COBIT (IT governance)',
  'close-protection': 'Close protection techniques (trained and certified)',
  'basic-life-support': 'Basic life support (medical training)',
  'shooting-instructor': 'Shooting / pistol and rifle instructor',
  'eu-mission-security-officer': 'EU Mission Security Officer Certification Course',
  'civilian-crisis-management-course': 'Civilian Crisis Management Course',
  'industry-standard-security-qualification': 'Industry Standard Security Qualification',
  'hr-management': 'International certification in HR management',
};

function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

interface Props {
  draft: Profile;
  issues: IssueMap;
  onChange: (patch: Partial<Profile>) => void;
}

export function CredentialsSection({ draft, issues, onChange }: Props) {
  const { certifications, securityClearance } = draft;
  return (
    <>
      <Section title="Licences, clearance and authorisations">
        <fieldset class="tags">
          <legend>Driving licence categories</legend>
          {LICENCE_CATEGORIES.map((category) => (
            <Checkbox
              key={category}
              label={category}
              checked={draft.drivingLicences.includes(category)}
              onChange={(checked) =>
                onChange({
                  drivingLicences: checked
                    ? [...draft.drivingLicences, category]
                    : draft.drivingLicences.filter((c) => c !== category),
                })
              }
            />
          ))}
        </fieldset>
        <Checkbox
          label="Licence for armoured vehicles"
          checked={draft.armouredVehicleLicence}
          onChange={(checked) => onChange({ armouredVehicleLicence: checked })}
        />
        <Labelled label="Personnel security clearance held" issues={issues} path="securityClearance.level">
          {(id) => (
            <select
              id={id}
              value={securityClearance.level ?? ''}
              onChange={(e) =>
                onChange({
                  securityClearance: {
                    ...securityClearance,
                    level: (e.currentTarget.value || null) as Profile['securityClearance']['level'],
                  },
                })
              }
            >
              <option value="">None</option>
              {CLEARANCE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Checkbox
          label="My national security authority could initiate a clearance if a post needs one"
          checked={securityClearance.nationalAuthorityCanInitiate}
          onChange={(checked) =>
            onChange({ securityClearance: { ...securityClearance, nationalAuthorityCanInitiate: checked } })
          }
        />
        <Checkbox
          label="Authorised to carry and issued a personal weapon"
          checked={draft.weaponAuthorisation}
          onChange={(checked) => onChange({ weaponAuthorisation: checked })}
        />
        <Labelled label="Law enforcement officer" issues={issues} path="lawEnforcementOfficer">
          {(id) => (
            <select
              id={id}
              value={draft.lawEnforcementOfficer}
              onChange={(e) =>
                onChange({ lawEnforcementOfficer: e.currentTarget.value as Profile['lawEnforcementOfficer'] })
              }
            >
              <option value="no">No</option>
              <option value="officer">Yes, serving or former officer</option>
              <option value="senior">Yes, senior law enforcement officer</option>
            </select>
          )}
        </Labelled>
      </Section>
      <Section title="Certifications and skills">
        <fieldset class="tags">
          <legend>Certifications named in vacancies</legend>
          {CERTIFICATIONS.map((id) => (
            <Checkbox
              key={id}
              label={CERTIFICATION_LABELS[id]}
              checked={certifications.ids.includes(id)}
              onChange={(checked) =>
                onChange({
                  certifications: {
                    ...certifications,
                    ids: checked ? [...certifications.ids, id] : certifications.ids.filter((c) => c !== id),
                  },
                })
              }
            />
          ))}
        </fieldset>
        <Labelled
          label="Other certifications"
          hint="One per line"
          issues={issues}
          path="certifications.other"
        >
          {(id, hint) => (
            <textarea
              id={id}
              aria-describedby={hint}
              rows={3}
              value={certifications.other.join('\n')}
              onChange={(e) =>
                onChange({ certifications: { ...certifications, other: splitList(e.currentTarget.value) } })
              }
            />
          )}
        </Labelled>
        <Labelled
          label="Skills"
          hint="Comma-separated. Skills never raise a score on their own: only requirements a post states count."
          issues={issues}
          path="skills"
        >
          {(id, hint) => (
            <textarea
              id={id}
              aria-describedby={hint}
              rows={3}
              value={draft.skills.join(', ')}
              onChange={(e) => onChange({ skills: splitList(e.currentTarget.value) })}
            />
          )}
        </Labelled>
      </Section>
    </>
  );
}
