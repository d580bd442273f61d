/**
 * Awards: what a pass becomes. Certificate numbers (this increment), then certificates, public verification, the
 * portfolio register, certified membership and portfolio reviews (issue "Awards, certificates, the register, ...").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Award")
package org.waymark.award;
