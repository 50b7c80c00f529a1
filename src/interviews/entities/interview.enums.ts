export enum InterviewStatus {
  SCHEDULED = 'SCHEDULED',
  AWAITING_FEEDBACK = 'AWAITING_FEEDBACK',
  COMPLETE = 'COMPLETE',
  CANCELLED = 'CANCELLED',
}

/** The order of the interview list: by scheduled start, either way (ties by id). */
export enum InterviewOrder {
  START_ASC = 'START_ASC',
  START_DESC = 'START_DESC',
}
