/**
 * The one button for a command: its text, `aria-keyshortcuts` and key hint (the tooltip)
 * all come from the command's table, so a button cannot announce keys that do nothing.
 */
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { useTranslation } from '../../i18n/react';
import { ariaKeys, describeKeys, type Command } from './model';

type Props<C extends Command<string, string>> = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'title' | 'aria-keyshortcuts'
> & {
  command: C;
  /** Which of the command's button texts (its `buttons`); without one, its label. */
  variant?: keyof NonNullable<C['buttons']> & string;
  /** A decorative sign before the text (hidden from screen readers). */
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
};

export function CommandButton<C extends Command<string, string>>({ command, variant, icon, type, ...rest }: Props<C>) {
  const { t } = useTranslation();
  const text = (variant && command.buttons?.[variant]) || command.label;
  return (
    <button type={type ?? 'button'} {...rest} aria-keyshortcuts={ariaKeys(command)} title={describeKeys(command)}>
      {icon !== undefined && <span aria-hidden="true">{icon}</span>}
      {icon !== undefined && ' '}
      {t(text)}
    </button>
  );
}
