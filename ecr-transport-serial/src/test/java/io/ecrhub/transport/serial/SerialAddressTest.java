package io.ecrhub.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ecrhub.protocol.spi.ClientTransport;
import io.ecrhub.protocol.spi.ClientTransports;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SerialAddressTest {

  @Test
  void a_device_path_or_name_is_that_port() {
    assertThat(SerialAddress.parse(URI.create("serial:/dev/ttyUSB0")))
        .isEqualTo(new SerialAddress.Device("/dev/ttyUSB0"));
    assertThat(SerialAddress.parse(URI.create("serial:COM6")))
        .isEqualTo(new SerialAddress.Device("COM6"));
    assertThat(SerialAddress.parse(URI.create("SERIAL:///dev/pts/3")))
        .isEqualTo(new SerialAddress.Device("/dev/pts/3"));
  }

  @Test
  void any_device_name_survives_its_uri_spaces_and_uri_characters_included() {
    for (String name :
        new String[] {
          "/dev/ttyUSB0",
          "COM6",
          "/dev/serial/by-id/usb-Acme Gadget Serial-if00",
          "/dev/tty+1",
          "/dev/odd?name#1%20",
          "\\\\.\\COM10",
          "/dev/ttyé"
        }) {
      SerialAddress.Device device = new SerialAddress.Device(name);

      assertThat(device.uri().toString()).as(name).doesNotContain(" ");
      assertThat(SerialAddress.parse(device.uri())).as(name).isEqualTo(device);
    }
    assertThat(new SerialAddress.Device("/dev/serial/by-id/usb-Acme Gadget").uri())
        .isEqualTo(URI.create("serial:/dev/serial/by-id/usb-Acme+Gadget"));
  }

  @Test
  void auto_picks_by_the_vendor_keyword_unless_another_is_given() {
    assertThat(SerialAddress.parse(URI.create("serial:auto")))
        .isEqualTo(new SerialAddress.AutoDetect("GPS"));
    assertThat(SerialAddress.parse(URI.create("serial:auto?keyword=Gadget%20Serial")))
        .isEqualTo(new SerialAddress.AutoDetect("Gadget Serial"));
    assertThat(new SerialAddress.AutoDetect("Gadget Serial").uri())
        .isEqualTo(URI.create("serial:auto?keyword=Gadget+Serial"));
  }

  @Test
  void bad_addresses_are_refused_naming_the_endpoint_and_the_reason() {
    assertThatThrownBy(() -> SerialAddress.parse(URI.create("ws://127.0.0.1:1")))
        .hasMessageContaining("is not a serial: URI");
    assertThatThrownBy(() -> SerialAddress.parse(URI.create("serial:auto?baud=9600")))
        .hasMessageContaining("unknown query parameter \"baud\"");
    assertThatThrownBy(() -> SerialAddress.parse(URI.create("serial:/dev/ttyUSB0?keyword=x")))
        .hasMessageContaining("only serial:auto takes a query");
  }

  @Test
  void auto_without_a_matching_port_fails_naming_the_keyword() {
    assertThatThrownBy(
            () -> new JSerialCommPorts().open(new SerialAddress.AutoDetect("no-such-ecr-port")))
        .hasMessageContaining("no serial port's name contains \"no-such-ecr-port\"");
  }

  @Test
  void the_service_loader_finds_this_transport_for_serial_uris() {
    try (ClientTransport transport =
        ClientTransports.forEndpoint(URI.create("serial:/dev/ttyUSB0"))) {
      assertThat(transport).isInstanceOf(SerialClientTransport.class);
    }
  }
}
