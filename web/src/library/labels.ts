/** The library's enums in words, in the order the filters and the editor offer them. */
export const TYPES: Record<string, string> = {
  TECHNICAL: 'Technical',
  SYSTEM_DESIGN: 'System design',
  CODING: 'Coding',
  DEBUGGING: 'Debugging',
  BEHAVIORAL: 'Behavioural',
  SITUATIONAL: 'Situational',
  MOTIVATION: 'Motivation',
  CANDIDATE_QUESTION: 'Candidate question',
};

export const SENIORITIES: Record<string, string> = {
  JUNIOR: 'Junior',
  MID: 'Mid-level',
  SENIOR: 'Senior',
  STAFF: 'Staff',
};

export const STATUSES: Record<string, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  ARCHIVED: 'Archived',
};

/** Shade 9 text on the light tint: the default light badge is below WCAG AA contrast. */
export const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'yellow.9',
  ACTIVE: 'green.9',
  ARCHIVED: 'gray.8',
};

export const FORMATS: Record<string, string> = {
  DISCUSSION: 'Discussion',
  STAR: 'STAR story',
  FREE_FORM: 'Free form',
  WHITEBOARD: 'Whiteboard',
  CODE: 'Code',
};

export const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

export const label = (labels: Record<string, string>, value: string) => labels[value] ?? value;
