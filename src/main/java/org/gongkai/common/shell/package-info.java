/**
 * The shell's extension points: what a module contributes to the public portal (its section, its home-page
 * block) and to the staff console (menu entries with badges, dashboard cards). The shell ({@code portal},
 * {@code config}, the layouts) collects every bean implementing them and names no module; a section, an entry
 * or a card exists exactly when the module that contributes it does.
 */
package org.gongkai.common.shell;
