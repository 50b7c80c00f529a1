/** What a member may do in a tenant (the GraphQL enum Role; stored as member_role). */
export enum Role {
  ADMIN = 'ADMIN',
  RECRUITER = 'RECRUITER',
  HIRING_MANAGER = 'HIRING_MANAGER',
  INTERVIEWER = 'INTERVIEWER',
}
