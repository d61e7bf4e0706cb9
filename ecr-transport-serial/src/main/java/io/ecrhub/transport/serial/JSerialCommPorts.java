package io.ecrhub.transport.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The machine's serial ports through jSerialComm, set up as the vendor's SDK sets them up: 115200
 * baud, 8 data bits, 1 stop bit, no parity ({@code ECRHubConfig.SerialPortConfig} in {@code
 * codepay-us/codepay-register-sdk-java}).
 *
 * <p>jSerialComm takes a full path ({@code /dev/ttyUSB0}, also a pseudo-terminal such as {@code
 * /dev/pts/3} or a symbolic link to one, which it resolves), or a bare name it looks up ({@code
 * ttyUSB0}, {@code COM6}).
 */
public final class JSerialCommPorts implements SerialPorts {

  /** The vendor's line speed. */
  public static final int BAUD_RATE = 115_200;

  /**
   * How long one read waits for a byte before reporting a quiet line. Short enough that a frame
   * which lost bytes is given up quickly, long enough that a 115200-baud frame never pauses this
   * long in the middle (a byte takes under 0.1 ms).
   */
  static final int QUIET_PERIOD_MILLIS = 100;

  @Override
  public SerialLine open(SerialAddress address) throws IOException {
    SerialPort port = find(address);
    port.setComPortParameters(BAUD_RATE, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
    port.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
        QUIET_PERIOD_MILLIS,
        0);
    if (!port.openPort()) {
      throw new IOException(
          "serial port "
              + port.getSystemPortPath()
              + " could not be opened (error "
              + port.getLastErrorCode()
              + "): is it in use, or missing permission?");
    }
    return new JSerialCommLine(port);
  }

  private static SerialPort find(SerialAddress address) throws IOException {
    if (address instanceof SerialAddress.Device device) {
      try {
        return SerialPort.getCommPort(device.name());
      } catch (SerialPortInvalidPortException invalid) {
        throw new IOException("serial port " + device.name() + " does not exist", invalid);
      }
    }
    String keyword = ((SerialAddress.AutoDetect) address).keyword();
    SerialPort[] ports = SerialPort.getCommPorts();
    return Arrays.stream(ports)
        .filter(port -> port.getDescriptivePortName().contains(keyword))
        .findFirst()
        .orElseThrow(
            () ->
                new IOException(
                    "no serial port's name contains \""
                        + keyword
                        + "\" (is the USB cable plugged in and the terminal's cashier app"
                        + " running?); ports seen: "
                        + Arrays.stream(ports)
                            .map(
                                port ->
                                    port.getSystemPortPath()
                                        + " \""
                                        + port.getDescriptivePortName()
                                        + "\"")
                            .collect(Collectors.joining(", ", "[", "]"))));
  }
}
