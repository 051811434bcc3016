/** The power list's pages, console and API. */
package org.gongkai.powers.web;
