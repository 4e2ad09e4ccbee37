import type { Certification } from '../schema/call';

/** Names a certificate may be written under, for each certification the bundle knows. */
const KNOWN: [RegExp, Certification][] = [
  [/\bCPA\b|certified public accountant/i, 'CPA'],
  [/\bchartered accountant\b|\(CA\)/i, 'CA'],
  [/\bCIA\b|certified internal auditor/i, 'CIA'],
  [/\bCISA\b|certified information systems auditor/i, 'CISA'],
  [/\bITIL\b/, 'ITIL'],
  [/\bCOBIT\b/i, 'COBIT'],
  [/close protection/i, 'close-protection'],
  [/basic life support|\bBLS\b/, 'basic-life-support'],
  [/shooting instructor|firearms instructor|pistol and rifle instructor/i, 'shooting-instructor'],
  [/mission security officer/i, 'eu-mission-security-officer'],
  [/civilian crisis management course/i, 'civilian-crisis-management-course'],
  [/industry standard security qualification/i, 'industry-standard-security-qualification'],
  [/\bCIPD\b|\bSHRM-(?:CP|SCP)\b|certification in human resources/i, 'hr-management'],
];

/** The known certification a certificate's name stands for, or null (kept under "other"). */
export function knownCertification(name: string): Certification | null {
  return KNOWN.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
