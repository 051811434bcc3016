/**
 * The web side of service guides: the public list by theme and audience and the guide pages, the register of
 * certificates removed, the public and staff APIs, the console pages, and what the module gives the shell.
 */
package org.gongkai.services.web;
