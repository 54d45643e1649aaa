import type { handleUnaryCall } from '@grpc/grpc-js';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';

/**
 * ServerFeatures.GetSupportedMethods: the client asks this once per connection
 * and appends through BatchAppend only when the server lists it.
 */
export function createSupportedMethodsHandler(): handleUnaryCall<Empty, SupportedMethods> {
  const methods = [
    method('event_store.client.streams.Streams', 'Read', ['position', 'events']),
    method('event_store.client.streams.Streams', 'BatchAppend', []),
    method('event_store.client.server_features.ServerFeatures', 'GetSupportedMethods', []),
  ];
  return (_call, callback) => callback(null, new SupportedMethods().setEventStoreServerVersion('23.10.0-test-double').setMethodsList(methods));
}

function method(serviceName: string, methodName: string, features: string[]): SupportedMethod {
  return new SupportedMethod().setServiceName(serviceName).setMethodName(methodName).setFeaturesList(features);
}
