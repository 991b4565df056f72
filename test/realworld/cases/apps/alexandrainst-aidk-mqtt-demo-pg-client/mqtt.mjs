// Source: alexandrainst/aidk-mqtt-demo — index.js (the MQTT.js connection), reduced by hand, not copied
import mqtt from "mqtt";

export const openMqtt = (url) => mqtt.connect(url, { username: process.env.MQTT_USERNAME || "", password: process.env.MQTT_PASSWORD || "" });
