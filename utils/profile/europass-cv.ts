import type { PartialDate } from './europass-dates';
import type { ProfileIssue } from './issues';

/**
 * What a Europass CV says, read out of either XML format before the mapping rules apply.
 * Every item keeps the path of the element it came from, so warnings can point at it.
 */
export interface CvPeriod {
  from: PartialDate | null;
  to: PartialDate | null;
  current: boolean;
}

export interface CvJob {
  path: string;
  title: string;
  organisation: string;
  /** Plain text of the activities / description, for tag suggestions only. */
  activities: string;
  period: CvPeriod | null;
}

export interface CvEducation {
  path: string;
  title: string;
  fields: string[];
  eqf: number | null;
  period: CvPeriod | null;
}

export interface CvLanguage {
  path: string;
  code: string | undefined;
  label: string | undefined;
  native: boolean;
  /** Self-assessed CEFR levels of the five skills, as written; empty ones already dropped. */
  skills: string[];
}

export interface CvNationality {
  path: string;
  code: string | undefined;
  label: string | undefined;
}

export interface CvLicence {
  path: string;
  category: string;
}

export interface CvCertificate {
  path: string;
  name: string;
}

export interface CvData {
  name: string;
  nationalities: CvNationality[];
  jobs: CvJob[];
  education: CvEducation[];
  languages: CvLanguage[];
  licences: CvLicence[];
  certificates: CvCertificate[];
  /** What the reader itself left out, reported before the mapping's own warnings. */
  warnings?: ProfileIssue[];
}
