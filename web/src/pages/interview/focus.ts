import { criterionDomId } from './types';

/** Moves the focus to a field of the page (a gap's link): the criterion's selected or first choice. */
export function focusField(key: string): void {
  const [kind, a, b] = key.split(':');
  const id =
    kind === 'rating'
      ? criterionDomId(a, b)
      : kind === 'notes'
        ? `notes-${a}`
        : kind === 'star'
          ? `star-${a}-${b}`
          : key === 'recommendation'
            ? 'recommendation'
            : key;
  const root = document.getElementById(id);
  if (!root) return;
  const target = root.matches('input, textarea, button')
    ? root
    : (root.querySelector<HTMLElement>('[tabindex="0"], input, textarea') ?? root);
  target.scrollIntoView({ block: 'center' });
  target.focus();
}
