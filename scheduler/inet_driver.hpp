// The inet drivers (OTP erts/emulator/drivers/common/inet_drv.c's tcp_inet and udp_inet): TCP and UDP
// sockets behind the port control protocol of OTP's prim_inet, so that unmodified gen_tcp, gen_udp
// and inet run on Ember (docs/sockets.md).
#pragma once

#include <memory>
#include <string_view>

#include "scheduler/port_entity.hpp"

namespace ember::scheduler {

// A fresh driver instance for `name` ("tcp_inet" or "udp_inet"); nullptr for any other name.
std::unique_ptr<PortDriver> make_inet_driver(std::string_view name);

}  // namespace ember::scheduler
