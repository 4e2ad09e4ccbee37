import { describe, expect, it } from 'vitest';
import { parseCilcPost } from '@/utils/parse/cilc-post';
import { parseIsdJobDescription } from '@/utils/parse/isd-job-description';
import { source } from './helpers';

describe('ISD Programmes Lead, Western Balkans', () => {
  const call = parseIsdJobDescription(source('isd-programmes-lead-western-balkans.txt'), {
    file: 'isd.txt',
    originalName: '003_0d3dadf09b44c48d.txt',
  });
  const position = call.positions[0]!;
  const items = position.requirements.status === 'published' ? position.requirements.items : [];

  it('puts every bullet in its row and column', () => {
    expect(items.map((r) => [r.section, r.importance, r.text])).toEqual([
      [
        'Knowledge, training and qualifications',
        'essential',
        "Bachelor's degree in international relations, political science, security, law, diplomacy or relevant.",
      ],
      [
        'Knowledge, training and qualifications',
        'desirable',
        "Master's degree in international relations, political science, security, law, diplomacy or relevant.",
      ],
      [
        'Knowledge, training and qualifications',
        'essential',
        'Knowledge of counter-terrorism, preventing/countering violent extremism, rule of law, peacebuilding, conflict mitigation or international cooperation.',
      ],
      [
        'Knowledge, training and qualifications',
        'essential',
        'Relevant qualifications in international affairs or other relevant fields.',
      ],
      [
        'Knowledge, training and qualifications',
        'essential',
        'Knowledge of key security, development, governance, peacebuilding or related issues in the Western Balkans',
      ],
      [
        'Knowledge, training and qualifications',
        'desirable',
        'Knowledge of existing Strong Cities capacity-building and other engagements in the Western Balkans.',
      ],
      [
        'Knowledge, training and qualifications',
        'desirable',
        'Knowledge of local government structures in 1-2 relevant countries.',
      ],
      [
        'Experience',
        'essential',
        'Significant experience in developing and/or delivering peacebuilding/preventing violent extremism/local governance programmes with a range of stakeholders.',
      ],
      ['Experience', 'essential', 'Experience in network building'],
      [
        'Experience',
        'essential',
        'Previous experience in either working with or in national/local governments, civil society and/or international organisations on prevention initiatives.',
      ],
      [
        'Experience',
        'essential',
        'Knowledge of regional, national and local P/CVE and/or other relevant frameworks, strategies and structures.',
      ],
      [
        'Experience',
        'essential',
        'Experience organising and leading meetings and events with national government and/or local officials.',
      ],
      [
        'Experience',
        'essential',
        'Experience in planning, organising and delivering regional or other events.',
      ],
      ['Experience', 'desirable', 'Experience in working with a diverse, international team.'],
      ['Experience', 'desirable', 'Experience in business development.'],
      [
        'Skills',
        'essential',
        'Excellent written and spoken communication skills. Ability to speak independently and confidently with city officials.',
      ],
      [
        'Skills',
        'essential',
        'Native or working proficiency in at least one of the main Western Balkan languages – Albanian, Bosnian/Croatian Montenegrin/Serbian (BCMS), and/or Macedonian.',
      ],
      ['Skills', 'essential', 'Fluency in English (verbal and written).'],
      ['Skills', 'desirable', 'Working proficiency in more than one of the main Western Balkan languages.'],
      [
        'Skills',
        'essential',
        'Willingness and ability to drive work both independently and in collaboration with a global team.',
      ],
      [
        'Skills',
        'essential',
        'Highly organised with the ability to be flexible, multi-task and respond proactively.',
      ],
      ['Skills', 'essential', 'Ability to independently conduct open-source desktop research.'],
      ['Skills', 'essential', 'Intercultural and interpersonal awareness.'],
      [
        'Skills',
        'essential',
        'Ability to travel regionally, and at points globally, for scheduled and ad hoc activities and meetings.',
      ],
    ]);
  });

  it("reads Bachelor's essential, Master's desirable and the Western Balkan languages", () => {
    const facet = (text: string) => items.find((r) => r.text.startsWith(text))!.facets;
    const fields = ['international relations', 'political science', 'security', 'law', 'diplomacy'];
    const degree = {
      kind: 'education',
      fields,
      fieldRule: 'must',
      relatedFieldsAccepted: true,
      alternatives: [],
    };
    expect(facet("Bachelor's")).toEqual([{ ...degree, minEqf: 6 }]);
    expect(facet("Master's")).toEqual([{ ...degree, minEqf: 7 }]);
    expect(items.find((r) => r.text.startsWith("Bachelor's"))!.importance).toBe('essential');
    expect(items.find((r) => r.text.startsWith("Master's"))!.importance).toBe('desirable');
    expect(facet('Native or working')).toEqual([
      {
        kind: 'language',
        languages: ['sq', 'bcms', 'mk'],
        minCount: 1,
        minLevel: 'B2',
        missionLanguage: false,
      },
    ]);
    expect(facet('Working proficiency in more than one')).toEqual([
      {
        kind: 'language',
        languages: ['sq', 'bcms', 'mk'],
        minCount: 2,
        minLevel: 'B2',
        missionLanguage: false,
      },
    ]);
    expect(facet('Fluency in English')).toEqual([
      { kind: 'language', languages: ['en'], minCount: 1, minLevel: 'C1', missionLanguage: false },
    ]);
  });

  it('has the role table and no published deadline', () => {
    expect(position.reportingLine).toBe('Head, Western Balkans Regional Hub');
    expect(position.details.map((d) => d.label)).toEqual([
      'Reports to',
      'Direct reports',
      'Budgetary responsibility',
      'Resource responsibility',
      'Safeguarding',
      'Key relationships',
      'Contract',
      'Location',
      'Salary',
      'Level',
    ]);
    expect(call.deadline).toEqual({
      status: 'not-published',
      note: 'The job description does not give an application deadline.',
    });
    expect(call.id).toBe('isd-programmes-lead-western-balkans');
    expect(position.tasks.map((t) => [t.heading, t.items.length])).toEqual([
      ['1. Strengthen and maintain effective long-term relationships with member cities (20%)', 7],
      ['2. Identify, develop and deliver regional programming that responds to the needs of cities (25%)', 6],
      ['3. Facilitate city peer-learning through the identification and exchange of good practices (35%)', 8],
      ['4. Project management (15%)', 6],
      ['5. Development (5%)', 2],
    ]);
  });
});

describe('CILC Western Balkans advisors', () => {
  const call = parseCilcPost(source('cilc-western-balkans-advisors-2023.txt'), {
    file: 'cilc.txt',
    originalName: '004_a6c7cc9250b1f7a8.txt',
  });

  it('announces 9 posts in two groups with no published requirements', () => {
    expect(
      call.positions.map((p) => [p.title, p.group, p.vacancies.confirmed, p.requirements.status]),
    ).toEqual([
      [
        'International Resident Prosecutorial Advisor',
        'International Resident Prosecutorial Advisors',
        3,
        'not-published',
      ],
      ['National Advisor – Albania', 'National Advisors', 1, 'not-published'],
      ['National Advisor – Bosnia and Herzegovina', 'National Advisors', 1, 'not-published'],
      ['National Advisor – Kosovo', 'National Advisors', 1, 'not-published'],
      ['National Advisor – Montenegro', 'National Advisors', 1, 'not-published'],
      ['National Advisor – North Macedonia', 'National Advisors', 1, 'not-published'],
      ['National Advisor – Serbia', 'National Advisors', 1, 'not-published'],
    ]);
    expect(call.project).toBe(
      'EU Support to Strengthen the Fight Against Migrant Smuggling and Trafficking in Human Beings in the Western Balkans',
    );
  });

  it('keeps both dates as candidate deadlines and says which applies is not stated', () => {
    expect(call.deadline.status).toBe('ambiguous');
    if (call.deadline.status !== 'ambiguous') return;
    expect(call.deadline.candidates.map((d) => d.instant)).toEqual([
      '2023-08-25T21:59:00Z',
      '2023-08-30T21:59:00Z',
    ]);
    expect(call.deadline.note).toContain('without saying which applies to which post');
    expect(call.deadline.note).toContain('23:59 Europe/Amsterdam');
    expect(call.deadline.candidates.map((d) => [d.zone, d.text])).toEqual([
      ['Europe/Amsterdam', 'Deadline for applications are 25 and 30 August 2023.'],
      ['Europe/Amsterdam', 'Deadline for applications are 25 and 30 August 2023.'],
    ]);
    expect(call.positions.reduce((n, p) => n + p.vacancies.confirmed, 0)).toBe(9);
    expect(call.positions.map((p) => p.country)).toEqual([
      null,
      'Albania',
      'Bosnia and Herzegovina',
      'Kosovo',
      'Montenegro',
      'North Macedonia',
      'Serbia',
    ]);
    expect(call.id).toBe('cilc-western-balkans-advisors-2023');
  });
});
