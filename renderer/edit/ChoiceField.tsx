interface ChoiceFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly T[];
  /** How each choice is named in the page's language. */
  readonly names: Readonly<Record<T, string>>;
  readonly onChange: (value: T) => void;
}

/** A labelled choice among fixed words (a mode, a kind, a theme), each named in the page's language. */
export function ChoiceField<T extends string>({ label, value, choices, names, onChange }: ChoiceFieldProps<T>) {
  return (
    <label className="edit-field">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {names[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
