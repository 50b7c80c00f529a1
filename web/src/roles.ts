/** The tenant roles as people read them. */
export const ROLE_NAMES: Record<string, string> = {
  ADMIN: 'Admin',
  RECRUITER: 'Recruiter',
  HIRING_MANAGER: 'Hiring manager',
  INTERVIEWER: 'Interviewer',
};
