/** The DOM id of a form field by its key (draft.ts), to move the focus to it from a list. */
export const fieldId = (key: string): string => `q-${key.replace(/[^a-zA-Z0-9]+/g, '-')}`;

export function focusField(key: string): void {
  const element = document.getElementById(fieldId(key));
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
}
