/** Demo mode: sample people and a half-written portfolio, on by default with the embedded database only. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.waymark.demo;
