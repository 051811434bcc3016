/** The pages, feeds, exports and API of 双公示, and its contributions to the shell. */
package org.gongkai.publicity.web;
