export interface ScanIssue {
  id: string;
  file: string;
  sample?: string;
  description: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
}
export const EXCLUDED_CHECKS: string[];
export const ACCEPTED_FINDINGS: { id: string; file: string; confidence: string; sample: string; why: string }[];
export function isAccepted(issue: ScanIssue): boolean;
export function stageSources(root: string, stage: string): void;
export function describeIssue(issue: ScanIssue): string;
export function scan(root?: string): Promise<{ issues: ScanIssue[]; errors: { file: string; message: string; tolerable: boolean }[]; globalChecks: number; atomicChecks: number }>;
