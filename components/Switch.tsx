export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Identifies the switch for tests (e.g. "site-off", "pause"). */
  name: string;
  onChange: (checked: boolean) => void;
}

/** An on/off switch: a real checkbox (keyboard and screen readers work) drawn as a toggle. */
export function Switch({ label, checked, disabled = false, name, onChange }: SwitchProps) {
  return (
    <label class="switch" data-switch={name}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
      <span class="switch-label">{label}</span>
    </label>
  );
}
