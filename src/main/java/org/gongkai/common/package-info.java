/** Tiny shared vocabulary: value types and interfaces every module may use. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongkai.common;
