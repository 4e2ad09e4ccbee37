import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function europassFixture(name: string): string {
  return readFileSync(resolve(process.cwd(), 'tests/fixtures/europass', name), 'utf8');
}

/** A minimal SkillsPassport CV around the given LearnerInfo content. */
export function cvWith(learnerInfo: string, documentType = 'ECV'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="en">
  <DocumentInfo><DocumentType>${documentType}</DocumentType><XSDVersion>V3.4</XSDVersion></DocumentInfo>
  <LearnerInfo>${learnerInfo}</LearnerInfo>
</SkillsPassport>`;
}

export function job(period: string, title = 'Adviser'): string {
  return `<WorkExperienceList><WorkExperience><Period>${period}</Period><Position><Label>${title}</Label></Position></WorkExperience></WorkExperienceList>`;
}

export function education(period: string, level = '<Level><Code>7</Code></Level>'): string {
  return `<EducationList><Education><Period>${period}</Period><Title>MA</Title>${level}</Education></EducationList>`;
}

export function foreignLanguage(description: string, levels: string): string {
  return `<Skills><Linguistic><ForeignLanguageList><ForeignLanguage><Description>${description}</Description><ProficiencyLevel>${levels}</ProficiencyLevel></ForeignLanguage></ForeignLanguageList></Linguistic></Skills>`;
}
