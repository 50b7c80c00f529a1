export enum QuestionType {
  BEHAVIORAL = 'BEHAVIORAL',
  TECHNICAL = 'TECHNICAL',
  SYSTEM_DESIGN = 'SYSTEM_DESIGN',
  CODING = 'CODING',
  DEBUGGING = 'DEBUGGING',
  SITUATIONAL = 'SITUATIONAL',
  MOTIVATION = 'MOTIVATION',
  CANDIDATE_QUESTION = 'CANDIDATE_QUESTION',
}

export enum Seniority {
  JUNIOR = 'JUNIOR',
  MID = 'MID',
  SENIOR = 'SENIOR',
  STAFF = 'STAFF',
}

export enum QuestionStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

export enum AnswerFormat {
  STAR = 'STAR',
  FREE_FORM = 'FREE_FORM',
  WHITEBOARD = 'WHITEBOARD',
  CODE = 'CODE',
  DISCUSSION = 'DISCUSSION',
}

export enum VersionSource {
  USER = 'USER',
  PACK = 'PACK',
}
