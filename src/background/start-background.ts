/** Wires the background: message handlers, context menus, commands. */
export function startBackground(): void {}
