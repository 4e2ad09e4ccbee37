import type { WorkTag } from './schema';

/**
 * Words in a job's title, employer or activities that suggest a work tag. Suggestions are never
 * applied by themselves: the review shows each with the words that triggered it.
 */
const RULES: [RegExp, WorkTag[]][] = [
  [
    /\bhead of\b|\bteam lead(?:er)?\b|\b(?:deputy )?head of (?:unit|office|section|department|mission)\b|\bmanager\b|\bdirector\b|\bchief\b|\bcoordinator\b|\bsupervisor\b|\bcommander\b/gi,
    ['management'],
  ],
  [/\btrial monitor(?:s|ing)?\b/gi, ['trial-monitoring', 'justice']],
  [/\bjudge\b|\bprosecutor\b|\bjudicial\b|\bjustice\b|\bcourts?\b/gi, ['justice']],
  [/\bhuman rights\b/gi, ['human-rights']],
  [/\bhate crimes?\b/gi, ['hate-crimes']],
  [/\blawyer\b|\blegal\b|\battorney\b|\bsolicitor\b|\bbarrister\b|\bcounsel\b/gi, ['legal']],
  [/\brule of law\b/gi, ['rule-of-law']],
  [/\bpolice\b|\bpolicing\b|\blaw enforcement\b/gi, ['police']],
  [/\bmilitary\b|\barmed forces\b|\barmy\b/gi, ['military']],
  [/\bclose protection\b|\bbodyguard\b/gi, ['close-protection', 'security']],
  [/\bsecurity officer\b|\bsecurity manager\b|\bsecurity adviser\b|\bsecurity advisor\b/gi, ['security']],
  [/\baudit(?:or|ing)?\b/gi, ['audit']],
  [/\bfinanc(?:e|ial)\b|\bbudget\b/gi, ['finance']],
  [/\baccountant\b|\baccounting\b/gi, ['accounting']],
  [/\bhuman resources\b|\bHR\b|\brecruitment\b/g, ['hr']],
  [/\bsoftware\b|\bdeveloper\b|\bsystem administrator\b|\binformation systems\b|\bIT\b|\bICT\b/g, ['it']],
  [/\bcommunications?\b/gi, ['communications']],
  [/\bpress\b|\bspokesperson\b|\bpublic information\b|\bmedia relations\b/gi, ['press']],
  [/\bmunicipal(?:ity)?\b|\blocal government\b|\bmayor\b/gi, ['local-government']],
  [/\bpeacebuilding\b|\bpeace-building\b|\bconflict prevention\b/gi, ['peacebuilding']],
  [/\bP\/?CVE\b|\bviolent extremism\b|\bradicali[sz]ation\b/gi, ['pcve']],
  [/\bproject manag(?:er|ement)\b|\bprogramme manag(?:er|ement)\b/gi, ['project-management']],
  [/\breporting\b|\breporting officer\b|\banalyst\b/gi, ['reporting']],
  [/\bprocurement\b|\btendering\b/gi, ['procurement']],
  [
    /\bOSCE\b|\bUnited Nations\b|\bUNDP\b|\bUNHCR\b|\bEULEX\b|\bEEAS\b|\bNATO\b|\bCouncil of Europe\b|\bEuropean Commission\b/g,
    ['international-organisations'],
  ],
];

export interface TagSuggestion {
  tag: WorkTag;
  /** The words that triggered it, as written in the CV ("Head of", "Trial Monitor"). */
  because: string[];
}

/** Suggested tags for one job, in the order of the rules, each with its triggering words. */
export function suggestWorkTags(job: {
  title: string;
  organisation: string;
  activities: string;
}): TagSuggestion[] {
  const haystack = [job.title, job.organisation, job.activities].join('\n');
  const byTag = new Map<WorkTag, string[]>();
  for (const [pattern, tags] of RULES) {
    const words = [...haystack.matchAll(pattern)].map((m) => m[0]);
    if (words.length === 0) continue;
    for (const tag of tags) {
      const seen = byTag.get(tag) ?? [];
      for (const word of words) {
        if (!seen.some((w) => w.toLowerCase() === word.toLowerCase())) seen.push(word);
      }
      byTag.set(tag, seen);
    }
  }
  return [...byTag].map(([tag, because]) => ({ tag, because }));
}
