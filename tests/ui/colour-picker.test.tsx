import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ColourPicker } from '@/src/ui/components/ColourPicker';
import { I18nProvider } from '@/src/ui/i18n/i18n-context';
import { waitFor } from './helpers';

function picker(value: string | undefined, onChange: (c: string) => Promise<boolean>) {
  return (
    <I18nProvider lang="en">
      <ColourPicker name="c" label="Colour" value={value} onChange={onChange} />
    </I18nProvider>
  );
}

const checked = (el: Element) =>
  [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')]
    .filter((r) => r.checked)
    .map((r) => r.value);

describe('ColourPicker', () => {
  it('shows the choice at once, before the stored value comes back, then follows the stored value', async () => {
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const asked: string[] = [];
    const ask = async (c: string) => {
      asked.push(c);
      return true;
    };
    await act(() => render(picker('yellow', ask), container));
    expect(checked(container)).toEqual(['yellow']);
    await act(async () => {
      container.querySelector<HTMLInputElement>('input[value=green]')!.click();
    });
    expect(asked).toEqual(['green']);
    // Re-rendered with the old value still stored: the choice does not spring back.
    await act(() => render(picker('yellow', ask), container));
    expect(checked(container)).toEqual(['green']);
    // The stored value changes (here, from elsewhere): it is what shows.
    await act(() => render(picker('blue', ask), container));
    expect(checked(container)).toEqual(['blue']);
  });

  it('goes back to the stored colour when storing the choice failed', async () => {
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    // The write fails a moment later, as one through the background does.
    const failing = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10));
    await act(() => render(picker('yellow', failing), container));
    await act(async () => {
      container.querySelector<HTMLInputElement>('input[value=pink]')!.click();
    });
    await waitFor(() => expect(checked(container)).toEqual(['yellow']));
  });
});
