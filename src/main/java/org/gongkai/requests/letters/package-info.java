/**
 * Reply letters (答复告知书) on the staff side: the printable letter and its DOCX for the case's handlers, the same
 * on the staff API, and the console where the disclosure office edits the letter templates.
 */
package org.gongkai.requests.letters;
