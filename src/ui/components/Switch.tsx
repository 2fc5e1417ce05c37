/**
 * An on/off switch: a button with role="switch" so screen readers announce its state.
 * `label` is the accessible name; the visible text is the label too unless `hideLabel`.
 */
export function Switch(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  disabled?: boolean;
  class?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={props.checked}
      disabled={props.disabled}
      class={`switch ${props.class ?? ''}`}
      onClick={() => props.onChange(!props.checked)}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span class="switch-label">{props.label}</span>
    </button>
  );
}
