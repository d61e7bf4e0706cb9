package io.ecrhub.protocol.wire;

/**
 * The terminal as it describes itself in the {@code device_data} of its answer to {@code
 * ecrhub.pair}: the same serial number, app name and version that it advertises over mDNS.
 *
 * @param deviceSn the terminal's serial number
 * @param appName its ECR Hub app
 * @param appVersion that app's version
 * @param macAddress the terminal's network address, when it tells
 */
public record TerminalDeviceData(
    String deviceSn, String appName, String appVersion, String macAddress) {}
